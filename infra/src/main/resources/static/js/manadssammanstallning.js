// Draws the monthly summary's charts from the JSON the page carries in `diagram`; the tables hold the same numbers.
(function () {
    'use strict';
    if (typeof echarts === 'undefined' || typeof diagram === 'undefined') {
        return;
    }
    const farger = {'Grön': '#1f6b3a', 'Gul': '#c99700', 'Röd': '#b3261e', 'Ej klassificerad': '#8a8a8a'};
    const grund = {aria: {enabled: true}, textStyle: {fontFamily: 'inherit'}, animation: false};

    function rita(id, alternativ, tomt) {
        const yta = document.getElementById(id);
        if (!yta) {
            return;
        }
        if (tomt) {
            yta.classList.add('diagram__yta--tom');
            yta.textContent = 'Inga avvikelser under månaden.';
            return;
        }
        const diagrammet = echarts.init(yta, null, {renderer: 'svg'});
        diagrammet.setOption(Object.assign({}, grund, alternativ));
        window.addEventListener('resize', () => diagrammet.resize());
    }

    rita('diagram-trend', {
        tooltip: {trigger: 'axis'},
        legend: {bottom: 0},
        grid: {left: 40, right: 16, top: 16, bottom: 56},
        xAxis: {type: 'category', data: diagram.manader},
        yAxis: {type: 'value', minInterval: 1},
        series: [
            {name: 'Avvikelser', type: 'line', data: diagram.avvikelser, color: '#1d4f91'},
            {name: 'Lex Sarah-rapporter', type: 'line', data: diagram.lexSarah, color: '#b3261e'},
            {name: 'Synpunkter och klagomål', type: 'line', data: diagram.synpunkter, color: '#0b6e69'}
        ]
    });
    rita('diagram-kategorier', {
        tooltip: {trigger: 'axis'},
        grid: {left: 8, right: 24, top: 8, bottom: 8, containLabel: true},
        xAxis: {type: 'value', minInterval: 1},
        yAxis: {type: 'category', inverse: true, data: diagram.kategorier.map(k => k.namn)},
        series: [{name: 'Avvikelser', type: 'bar', data: diagram.kategorier.map(k => k.antal), color: '#1d4f91'}]
    }, diagram.kategorier.length === 0);
    rita('diagram-riskfarger', {
        tooltip: {trigger: 'axis'},
        grid: {left: 8, right: 24, top: 8, bottom: 8, containLabel: true},
        xAxis: {type: 'category', data: diagram.riskfarger.map(k => k.namn)},
        yAxis: {type: 'value', minInterval: 1},
        series: [{
            name: 'Avvikelser', type: 'bar',
            data: diagram.riskfarger.map(k => ({value: k.antal, itemStyle: {color: farger[k.namn] || '#1d4f91'}}))
        }]
    }, diagram.riskfarger.length === 0);
})();
