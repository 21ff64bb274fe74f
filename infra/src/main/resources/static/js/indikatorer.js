// Draws each indikator's trend against its target from the JSON the page carries in `indikatordiagram`; the table
// beside each chart holds the same months.
(function () {
    'use strict';
    if (typeof echarts === 'undefined' || typeof indikatordiagram === 'undefined') {
        return;
    }
    const farger = {GRON: '#1f6b3a', GUL: '#c99700', ROD: '#b3261e'};

    indikatordiagram.forEach(function (d) {
        const yta = document.getElementById('diagram-' + d.id);
        if (!yta) {
            return;
        }
        if (d.varden.every(v => v === null)) {
            yta.classList.add('diagram__yta--tom');
            yta.textContent = 'Inga värden ännu.';
            return;
        }
        const diagrammet = echarts.init(yta, null, {renderer: 'svg'});
        diagrammet.setOption({
            aria: {enabled: true}, textStyle: {fontFamily: 'inherit'}, animation: false,
            tooltip: {trigger: 'axis'},
            legend: {bottom: 0},
            grid: {left: 8, right: 16, top: 16, bottom: 48, containLabel: true},
            xAxis: {type: 'category', data: d.manader},
            yAxis: {type: 'value', scale: true},
            series: [
                {
                    name: 'Värde', type: 'line', connectNulls: false, color: '#1d4f91', symbolSize: 10,
                    data: d.varden.map((v, i) => ({value: v, itemStyle: {color: farger[d.farger[i]] || '#1d4f91'}}))
                },
                // a diamond on each month, so a single month's target shows too
                {name: 'Mål', type: 'line', step: 'middle', data: d.mal, color: '#555', symbol: 'diamond',
                    symbolSize: 7, lineStyle: {type: 'dashed'}}
            ]
        });
        window.addEventListener('resize', () => diagrammet.resize());
    });
})();
