/**
 * The candidate pages behind signed links ({@code /c/{token}}): the status page and one page per action.
 */
package nl.werving.candidate.web;
