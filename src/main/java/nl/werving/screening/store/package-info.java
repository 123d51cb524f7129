/**
 * Storage of screening results (tables screening_result, screening_requirement_result, screening_knockout_check).
 */
package nl.werving.screening.store;
