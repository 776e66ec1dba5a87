package org.pacta.web;

import java.util.List;
import java.util.Map;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.Personas.Persona;

/**
 * A small world for page tests, made fresh through the API: two parties of a public agreement (Tehran and
 * Minsk), a private agreement, a commitment of the first party with a milestone, an official of each party, an
 * official of a third party outside both agreements, and a monitor.
 */
record Scene(String tehran, String minsk, String outsiderParty, long publicAgreement, long privateAgreement,
        long commitment, long milestone, Persona officialOfTehran, Persona officialOfMinsk, Persona outsider,
        Persona monitor) {

    static Scene create() {
        String tehran = Api.party("Asia/Tehran");
        String minsk = Api.party("Europe/Minsk");
        String other = Api.party("UTC");
        long open = Api.agreement(Api.agreementBody(tehran, minsk).with("public", true)
                .with("reviewSchedule", "FREQ=MONTHLY"));
        long closed = Api.agreement(tehran, minsk);
        long commitment = Api.commitment(open, Api.commitmentBody(tehran).without("dueAt").with("dueDate", "2026-03-31")
                .with("owner", Map.of("name", "Ali Rezaei", "email", "ali@example.ir")).with("tags", List.of("transport")));
        long milestone = Api.milestone(commitment, Body.of("title", "Draft exchanged", "dueDate", "2026-03-15"));
        return new Scene(tehran, minsk, other, open, closed, commitment, milestone, Personas.official(tehran),
                Personas.official(minsk), Personas.official(other), Personas.monitor());
    }
}
