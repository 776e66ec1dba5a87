package org.pacta.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Party")
public record PartyView(String code, String name, String timeZone, String language, long version) {

    public static PartyView of(Party p) {
        return new PartyView(p.code, p.name, p.timeZone, p.language, p.version);
    }
}
