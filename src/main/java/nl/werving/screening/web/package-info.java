/** Screening over HTTP: the screening result API and the review pages (blind CV, screening evidence) for reviewers with a task. */
package nl.werving.screening.web;
