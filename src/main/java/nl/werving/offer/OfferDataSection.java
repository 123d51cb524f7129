package nl.werving.offer;

import java.util.List;
import java.util.Map;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every offer drafted for the application, replaced ones included, in the candidate's data export. */
@Component
class OfferDataSection implements PersonalDataSection {

    private final OfferRepository offers;

    OfferDataSection(OfferRepository offers) {
        this.offers = offers;
    }

    @Override
    public String name() {
        return "offers";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(ExportSubject subject) {
        return offers.findByApplicationIdOrderByDraftedAt(subject.applicationId()).stream().map(Offer::exported)
                .toList();
    }
}
