/**
 * CVs: intake of the candidate's CV document, type detection from the content, hardened text extraction, and
 * storage of the document with its hash. Personal data throughout.
 */
package nl.werving.cv;
