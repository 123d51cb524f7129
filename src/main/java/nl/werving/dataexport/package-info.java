/**
 * The copy of everything Werving holds about an applicant (GDPR Art. 15 access, Art. 20 portability): every module
 * that keeps data about an application contributes a {@link nl.werving.dataexport.PersonalDataSection};
 * {@link nl.werving.dataexport.PersonalDataExport} assembles them into one JSON document when it is asked for, so no
 * copy of the export is ever stored.
 */
package nl.werving.dataexport;
