package nl.werving.datarequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;

/** One data-subject request of one application. Ids, codes and times only. */
@Entity
@Table(name = "data_request")
class DataRequestRecord extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private DataRequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private DataRequestChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DataRequestStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected DataRequestRecord() {
        // for JPA
    }

    DataRequestRecord(UUID applicationId, int number, DataRequestType type, DataRequestChannel channel,
            Instant receivedAt, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.number = number;
        this.type = Objects.requireNonNull(type, "type");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.status = DataRequestStatus.OPEN;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
    }

    /** Marks an open request overdue; an overdue or completed one stays as it is. */
    void markOverdue(Instant at) {
        if (status == DataRequestStatus.OPEN) {
            status = DataRequestStatus.OVERDUE;
            overdueAt = at;
        }
    }

    /** Completes the request; completing it again keeps the first completion time. */
    void complete(Instant at) {
        if (status != DataRequestStatus.COMPLETED) {
            status = DataRequestStatus.COMPLETED;
            completedAt = at;
        }
    }

    UUID applicationId() {
        return applicationId;
    }

    DataRequest view() {
        return new DataRequest(id, applicationId, number, type, channel, status, receivedAt, dueAt, overdueAt,
                completedAt);
    }

    @Override
    public String toString() {
        return "DataRequestRecord[" + id + ", " + type + ", " + status + "]";
    }

    @Override
    public UUID getId() {
        return id;
    }
}
