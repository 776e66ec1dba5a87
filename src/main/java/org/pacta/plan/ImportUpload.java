package org.pacta.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A spreadsheet kept between the steps of an import in the pages; only the person who uploaded it uses it. */
@Entity
@Table(name = "import_upload")
public class ImportUpload extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    public String sheet;

    @Column(length = 40)
    public String encoding;

    @Column(name = "agreement_id")
    public Long agreementId;

    @Column(nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
