namespace QuantumApps.Cli.Report.Claims;

/// <summary>
/// The verdict on one claim. <see cref="Supported"/>, <see cref="NotSupportedAtThisScale"/> and <see cref="Refuted"/>
/// come from a rule over this run's measurements; <see cref="NotTestable"/> is a catalogue entry with a stated reason
/// (no simulator experiment can decide it); <see cref="NotYetMeasured"/> is an entry whose experiment is not part of
/// this run (a pending experiment, or a measurement key the run did not produce).
/// </summary>
public enum VerdictKind
{
    /// <summary>The measurements agree with the claim.</summary>
    Supported,

    /// <summary>The measurements do not show what the claim says at the sizes a simulator reaches.</summary>
    NotSupportedAtThisScale,

    /// <summary>The measurements (or a theorem they illustrate) contradict the claim.</summary>
    Refuted,

    /// <summary>No simulator experiment can decide the claim; the catalogue states why.</summary>
    NotTestable,

    /// <summary>The experiment that decides the claim did not run (yet).</summary>
    NotYetMeasured,
}
