/**
 * Assessments by external providers (online tests, video-interview platforms): inviting a candidate and
 * receiving the provider's score through an HMAC-signed webhook. Werving only takes in a score and whether the
 * assessment was completed; it never uses, and providers must not deliver, any analysis of faces, voices or
 * emotions (emotion recognition in recruitment is prohibited by the AI Act, Art. 5(1)(f)).
 */
package nl.werving.assessment;
