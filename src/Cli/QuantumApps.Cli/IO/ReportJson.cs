using System.Numerics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using QuantumApps.Problems;
using QuantumApps.Problems.Graphs;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.IO;

/// <summary>
/// System.Text.Json settings that round-trip the report's section outcome records (<c>Report/*Outcome</c>) for sharded
/// reports, generically: every record is written by its public properties and read back through its public constructor,
/// so a field added to an outcome travels without a change here. Only state a record cannot rebuild is left out: a
/// property with neither a setter nor a constructor parameter of its name (a computed headline such as
/// <c>MaxCutOutcome.QaoaRatio</c>) is not written. Enums are written by name, NaN and ±∞ as strings. Library types without
/// such a constructor have a converter each: <see cref="PauliSum"/> (qubits, terms as X/Z masks, phase and complex
/// coefficient), <see cref="Circuit"/> (qubits, parameters, gates by kind with qubits, angles (parameter index,
/// coefficient, offset), Pauli string, matrix or diagonal terms; rebuilt through <see cref="CircuitBuilder"/>),
/// <see cref="Graph"/> (nodes, edges), <see cref="DistanceMatrix"/> (size, row-major entries) and <see cref="Complex"/>
/// ([re, im]). Doubles are written in their shortest round-trip form, so numbers come back bit for bit.
/// </summary>
public static class ReportJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedProperties } },
            MaxDepth = 256,
        };
        o.Converters.Add(new JsonStringEnumConverter());
        o.Converters.Add(new ComplexConverter());
        o.Converters.Add(new ViaRecord<PauliSum, PauliSumData>(PauliSumData.Of, d => d.ToPauliSum()));
        o.Converters.Add(new ViaRecord<Circuit, CircuitData>(CircuitData.Of, d => d.ToCircuit()));
        o.Converters.Add(new ViaRecord<Graph, GraphData>(g => new GraphData(g.NodeCount, [.. g.Edges]), d => new Graph(d.Nodes, d.Edges)));
        o.Converters.Add(new ViaRecord<DistanceMatrix, DistanceData>(m => new DistanceData(m.Size, m.AsSpan().ToArray()), d => new DistanceMatrix(d.Size, d.Entries)));
        o.MakeReadOnly();
        return o;
    }

    /// <summary>Removes properties that cannot be read back: no setter and no constructor parameter of the same name.</summary>
    private static void DropComputedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var ctor = info.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var parameters = new HashSet<string>((ctor?.GetParameters() ?? []).Select(p => p.Name ?? ""), StringComparer.OrdinalIgnoreCase);
        for (int i = info.Properties.Count - 1; i >= 0; i--)
        {
            var p = info.Properties[i];
            string clrName = (p.AttributeProvider as MemberInfo)?.Name ?? p.Name;
            if (p.Set is null && !parameters.Contains(clrName)) info.Properties.RemoveAt(i);
        }
    }

    private static T Read<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(ref reader, options) ?? throw new JsonException($"null {typeof(T).Name}");

    private sealed class ComplexConverter : JsonConverter<Complex>
    {
        public override Complex Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var v = Read<double[]>(ref reader, options);
            return v.Length == 2 ? new Complex(v[0], v[1]) : throw new JsonException("a complex number is [re, im]");
        }

        public override void Write(Utf8JsonWriter writer, Complex value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new[] { value.Real, value.Imaginary }, options);
    }

    /// <summary>Writes a <typeparamref name="T"/> as the plain record <typeparamref name="TData"/> and reads it back through it.</summary>
    private sealed class ViaRecord<T, TData>(Func<T, TData> toData, Func<TData, T> fromData) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => fromData(Read<TData>(ref reader, options));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, toData(value), options);
    }

    private sealed record TermData(ulong X, ulong Z, int Phase, Complex Coefficient);

    private sealed record PauliSumData(int Qubits, TermData[] Terms)
    {
        public static PauliSumData Of(PauliSum s) => new(s.NumQubits, [.. s.Terms.Select(t => new TermData(t.Pauli.X, t.Pauli.Z, t.Pauli.Phase, t.Coefficient))]);

        public PauliSum ToPauliSum() => PauliSum.FromTerms(Qubits, Terms.Select(t => new PauliTerm(new PauliString(t.X, t.Z, t.Phase), t.Coefficient)), threshold: 0);
    }

    private sealed record AngleData(int Parameter, double Coefficient, double Offset)
    {
        public static AngleData Of(Angle a) => new(a.ParameterIndex, a.Coefficient, a.Offset);

        public Angle ToAngle() => Parameter < 0 ? Angle.Constant(Offset) : Angle.Parameter(Parameter, Coefficient, Offset);
    }

    private sealed record GateData(GateKind Kind, int[] Qubits, AngleData[] Angles, ulong PauliX, ulong PauliZ, Complex[]? Matrix, PauliSum? Diagonal);

    private sealed record CircuitData(int Qubits, int Parameters, GateData[] Gates)
    {
        public static CircuitData Of(Circuit c) => new(c.NumQubits, c.NumParameters, [.. c.Gates.Select(g => new GateData(g.Kind, [.. g.Qubits],
            [.. g.Angles.Select(AngleData.Of)], g.Pauli.X, g.Pauli.Z, g.Matrix?.ToArray(), g.DiagonalTerms))]);

        public Circuit ToCircuit()
        {
            var b = new CircuitBuilder(Qubits, Parameters);
            foreach (var g in Gates) Add(b, g);
            return b.Build();
        }

        private static void Add(CircuitBuilder b, GateData g)
        {
            int q0 = g.Qubits.Length > 0 ? g.Qubits[0] : 0, q1 = g.Qubits.Length > 1 ? g.Qubits[1] : 0;
            Angle A(int i) => g.Angles[i].ToAngle();
            _ = g.Kind switch
            {
                GateKind.I => b.I(q0),
                GateKind.X => b.X(q0),
                GateKind.Y => b.Y(q0),
                GateKind.Z => b.Z(q0),
                GateKind.H => b.H(q0),
                GateKind.S => b.S(q0),
                GateKind.Sdg => b.Sdg(q0),
                GateKind.T => b.T(q0),
                GateKind.Tdg => b.Tdg(q0),
                GateKind.SX => b.SX(q0),
                GateKind.RX => b.Rx(q0, A(0)),
                GateKind.RY => b.Ry(q0, A(0)),
                GateKind.RZ => b.Rz(q0, A(0)),
                GateKind.PhaseShift => b.PhaseShift(q0, A(0)),
                GateKind.Rot => b.Rot(q0, A(0), A(1), A(2)),
                GateKind.U3 => b.U3(q0, A(0), A(1), A(2)),
                GateKind.CNOT => b.Cnot(q0, q1),
                GateKind.CZ => b.Cz(q0, q1),
                GateKind.SWAP => b.Swap(q0, q1),
                GateKind.CRX => b.Crx(q0, q1, A(0)),
                GateKind.CRY => b.Cry(q0, q1, A(0)),
                GateKind.CRZ => b.Crz(q0, q1, A(0)),
                GateKind.Unitary1 => b.Unitary1(q0, g.Matrix ?? throw new JsonException("unitary1 without matrix")),
                GateKind.Unitary2 => b.Unitary2(q0, q1, g.Matrix ?? throw new JsonException("unitary2 without matrix")),
                GateKind.PauliRotation => b.PauliRotation(new PauliString(g.PauliX, g.PauliZ), A(0)),
                GateKind.DiagonalPhase => b.DiagonalPhase(g.Diagonal ?? throw new JsonException("diagonal phase without terms"), A(0)),
                _ => throw new JsonException($"unknown gate kind {g.Kind}"),
            };
        }
    }

    private sealed record GraphData(int Nodes, Edge[] Edges);

    private sealed record DistanceData(int Size, double[] Entries);
}
