package nl.werving.datarequest;

import java.util.List;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;

/** The candidate's data requests in their data export. */
@Component
class DataRequestDataSection implements PersonalDataSection {

    private final DataRequests requests;

    DataRequestDataSection(DataRequests requests) {
        this.requests = requests;
    }

    @Override
    public String name() {
        return "dataRequests";
    }

    @Override
    public List<DataRequest> export(ExportSubject subject) {
        return requests.forApplication(subject.applicationId());
    }
}
