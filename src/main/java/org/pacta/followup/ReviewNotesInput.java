package org.pacta.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pacta.platform.Text;

/** An official's notes on a review, from the API or the reviews page. */
@Schema(name = "ReviewNotesInput")
public record ReviewNotesInput(
        @Schema(description = "The review to annotate; without it a review is recorded now") Long reviewId,
        @NotBlank @Size(max = 10_000) @Text(multiline = true) String notes,
        @Size(max = 200) @Text String author) {
}
