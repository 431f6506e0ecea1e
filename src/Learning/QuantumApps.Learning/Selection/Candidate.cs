using QuantumApps.Learning.Models;

namespace QuantumApps.Learning.Selection;

/// <summary>One grid point: its hyperparameters as text (e.g. "C=1") and a factory for the classifier on given features.</summary>
public sealed record Candidate(string Hyperparameters, Func<int, Random, IClassifier> Create);
