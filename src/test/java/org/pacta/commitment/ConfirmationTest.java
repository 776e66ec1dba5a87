package org.pacta.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.Confirmation.Act;
import org.pacta.commitment.Confirmation.Said;

class ConfirmationTest {

    private static final long IR = 2;
    private static final long RU = 3;

    @Test
    void aCompletionNobodyHasSpokenOfIsPending() {
        assertEquals(Confirmation.PENDING, Confirmation.after(List.of()));
    }

    @Test
    void disputeAnswerConfirm() {
        assertEquals(Confirmation.DISPUTED, Confirmation.after(List.of(new Said(IR, Act.DISPUTED))));
        assertEquals(Confirmation.PENDING, Confirmation.after(List.of(new Said(IR, Act.DISPUTED), new Said(1, Act.ANSWERED))));
        assertEquals(Confirmation.CONFIRMED, Confirmation.after(List.of(new Said(IR, Act.DISPUTED), new Said(1, Act.ANSWERED),
                new Said(IR, Act.CONFIRMED))));
    }

    @Test
    void anAnsweredDisputeWaitsForItsPartyEvenWhenAnotherConfirmed() {
        assertEquals(Confirmation.PENDING, Confirmation.after(List.of(new Said(RU, Act.CONFIRMED), new Said(IR, Act.DISPUTED),
                new Said(1, Act.ANSWERED))));
    }

    @Test
    void oneDisputeOutweighsAnotherPartysConfirmation() {
        assertEquals(Confirmation.DISPUTED, Confirmation.after(List.of(new Said(IR, Act.DISPUTED), new Said(RU, Act.CONFIRMED))));
    }

    @Test
    void aPartyMayChangeItsWord() {
        assertEquals(Confirmation.CONFIRMED, Confirmation.after(List.of(new Said(IR, Act.DISPUTED), new Said(IR, Act.CONFIRMED))));
        assertEquals(Confirmation.DISPUTED, Confirmation.after(List.of(new Said(IR, Act.CONFIRMED), new Said(IR, Act.DISPUTED))));
    }
}
