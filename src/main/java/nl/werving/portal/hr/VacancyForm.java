package nl.werving.portal.hr;

import java.math.BigDecimal;
import nl.werving.vacancy.Vacancy;

/** What HR types into the vacancy form, kept as typed so a refused form shows it again unchanged. */
public class VacancyForm {

    private String title = "";
    private String description = "";
    private String salaryMin = "";
    private String salaryMax = "";

    static VacancyForm of(Vacancy vacancy) {
        VacancyForm form = new VacancyForm();
        form.title = vacancy.getTitle();
        form.description = vacancy.getDescription();
        form.salaryMin = plain(vacancy.getSalaryMin());
        form.salaryMax = plain(vacancy.getSalaryMax());
        return form;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSalaryMin() {
        return salaryMin;
    }

    public void setSalaryMin(String salaryMin) {
        this.salaryMin = salaryMin;
    }

    public String getSalaryMax() {
        return salaryMax;
    }

    public void setSalaryMax(String salaryMax) {
        this.salaryMax = salaryMax;
    }
}
