namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// CP-SAT MaxCut answer: <see cref="Cut"/> re-evaluated with the original weights from <see cref="Assignment"/>
/// (node 0 first, '1' = side 1); <see cref="ProvedOptimal"/> when CP-SAT proved optimality (status OPTIMAL) within
/// the time limit, else the best feasible cut; <see cref="UpperBound"/> = CP-SAT's best objective bound (÷ weight
/// scale), equal to the cut when proved; <see cref="Runs"/> solver runs and wall-clock <see cref="Seconds"/>.
/// </summary>
public sealed record CpSatMaxCutResult(double Cut, string Assignment, bool ProvedOptimal, double UpperBound, int Runs, double Seconds);
