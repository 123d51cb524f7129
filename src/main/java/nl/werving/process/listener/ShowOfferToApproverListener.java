package nl.werving.process.listener;

import nl.werving.offer.Offers;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When an approval task opens: puts the offer's salary, start date and terms on the task itself, so the
 * approver sees what they approve while the offer never becomes a process variable.
 */
@Component
class ShowOfferToApproverListener implements TaskListener {

    private final Offers offers;

    ShowOfferToApproverListener(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void notify(DelegateTask task) {
        offers.current(ProcessVariables.applicationId(task)).ifPresent(offer -> {
            task.setVariableLocal("offerSalary", offer.salary().toPlainString());
            task.setVariableLocal("offerStartDate", offer.startDate().toString());
            task.setVariableLocal("offerTerms", offer.terms() == null ? "" : offer.terms());
        });
    }
}
