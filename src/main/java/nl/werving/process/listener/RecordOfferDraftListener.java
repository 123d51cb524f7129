package nl.werving.process.listener;

import nl.werving.offer.OfferDraft;
import nl.werving.offer.Offers;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the recruiter drafts the offer: stores it in the offer module and notes whether the salary is inside
 * the vacancy's band, which decides who approves. Salary, start date and terms stay task-local; the
 * approver's comment lived only on the approval and draft tasks.
 */
@Component
class RecordOfferDraftListener implements TaskListener {

    private final Offers offers;

    RecordOfferDraftListener(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void notify(DelegateTask task) {
        OfferDraft draft = offers.draft(ProcessVariables.applicationId(task),
                FormValues.amount(task.getVariable("salary"), "Salary"),
                FormValues.date(task.getVariable("startDate"), "Start date"),
                FormValues.text(task.getVariable("terms")));
        task.getExecution().setVariable(HiringProcess.VAR_SALARY_BAND_KNOWN, draft.salaryBandKnown());
        task.getExecution().setVariable(HiringProcess.VAR_SALARY_ABOVE_BAND, draft.salaryAboveBand());
    }
}
