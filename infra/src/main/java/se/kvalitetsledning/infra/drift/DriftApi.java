package se.kvalitetsledning.infra.drift;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/** For an ADMIN: how far the projections have come, and rebuilding them from the events (e.g. after an upgrade). */
@RestController
@RequestMapping("/api/drift/projektioner")
class DriftApi {

    private static final String ENDAST_ADMIN = "Endast en administratör får se och bygga om projektionerna";

    private final Projektioner projektioner;

    DriftApi(Projektioner projektioner) {
        this.projektioner = projektioner;
    }

    @GetMapping
    List<Projektioner.Status> status(@AuthenticationPrincipal InloggadAnvandare anvandare) {
        anvandare.aktor().kraver(Roll.ADMIN, ENDAST_ADMIN);
        return projektioner.status();
    }

    /** Starts a rebuild and answers at once; the status shows when every projection is caught up again. */
    @PostMapping("/ombyggnad")
    ResponseEntity<Void> byggOm(@AuthenticationPrincipal InloggadAnvandare anvandare) {
        anvandare.aktor().kraver(Roll.ADMIN, ENDAST_ADMIN);
        projektioner.byggOm();
        return ResponseEntity.accepted().location(URI.create("/api/drift/projektioner")).build();
    }
}
