package io.summitry.service.history;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed write: Envers' revision entity, extended with who made it and why. The id is assigned by
 * {@link EditorRevisionListener} under an advisory lock held until commit, so ids follow commit order.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(EditorRevisionListener.class)
public class Revision {

    @Id
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    public Instant at;

    @Column(name = "editor_id")
    public String editorId;

    @Column(name = "editor_name")
    public String editorName;

    public String note;

    /** The records already written to the change index in this revision (Envers reports a record once per work unit). */
    @Transient
    final Set<String> recorded = new HashSet<>();

    /** Whether this revision puts back an earlier state (its changes are RESTORED). */
    @Transient
    boolean restoring;
}
