// NoisyEvaluation, NoisyEnergy and the molecular VQE moved to the Variational library; every runner sees them.
global using QuantumApps.Variational.Workflows;
