package dev.docent.lab.bench.serve;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One process over one phase: resident memory (VmRSS, MB) before and after, and the CPU it used,
 * in cores (CPU seconds per second of the phase; null when the process was replaced meanwhile).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcessUse(String role, Long pidBefore, Double mbBefore, Long pidAfter, Double mbAfter, Double cores) {
}
