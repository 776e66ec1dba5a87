package org.pacta.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mapping (the JSON that POST /api/imports takes) saved under a name for the next file of the same shape. */
@Entity
@Table(name = "import_mapping")
public class SavedMapping extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_mapping_seq")
    @SequenceGenerator(name = "import_mapping_seq", sequenceName = "import_mapping_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 20000)
    public String mapping;

    @Column(name = "saved_by", nullable = false, length = 200)
    public String savedBy;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;
}
