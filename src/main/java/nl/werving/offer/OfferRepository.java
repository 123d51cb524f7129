package nl.werving.offer;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferRepository extends JpaRepository<Offer, UUID> {

    Optional<Offer> findFirstByApplicationIdAndStatusNot(UUID applicationId, OfferStatus status);

    java.util.List<Offer> findByApplicationIdOrderByDraftedAt(UUID applicationId);

    /** The application's current offer: the one not replaced by a newer draft. */
    default Optional<Offer> findCurrent(UUID applicationId) {
        return findFirstByApplicationIdAndStatusNot(applicationId, OfferStatus.SUPERSEDED);
    }
}
