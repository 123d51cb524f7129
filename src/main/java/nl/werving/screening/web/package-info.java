/** Screening over HTTP: the screening result API and the review pages (blind CV, screening evidence), both for reviewers with an open task for the application. */
package nl.werving.screening.web;
