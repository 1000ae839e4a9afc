namespace Sermo.Analytics.Tests.Disclosure;

/// <summary>
/// The strongest linear adversary: it knows the mechanism (noise standard deviation), the prior mean and variance of
/// every atom (generous: a real client does not), and combines every shown release of every grain, segment and report
/// by the linear minimum-mean-square-error estimate (least squares with the prior as regulariser). It returns the
/// estimate of a target sum of atoms and that estimate's error standard deviation.
/// </summary>
internal sealed class LinearAttacker
{
    private readonly IReadOnlyList<(int[] Atoms, double Value)> _releases;
    private readonly double _priorMean;
    private readonly double _priorVariance;
    private readonly double[,] _cholesky;
    private readonly double[] _whitenedResidual;

    /// <param name="releases">Each shown cell as the atoms it adds up (ascending) and its published value.</param>
    /// <param name="noiseVariance">Of one published value around its true count (noise plus rounding).</param>
    public LinearAttacker(IReadOnlyList<(int[] Atoms, double Value)> releases, double priorMean, double priorVariance, double noiseVariance)
        : this(releases.Select(r => (r.Atoms, r.Value, noiseVariance)).ToList(), priorMean, priorVariance)
    {
    }

    /// <param name="releases">Each shown cell as the atoms it adds up (ascending), its published value and that value's noise variance.</param>
    public LinearAttacker(IReadOnlyList<(int[] Atoms, double Value, double NoiseVariance)> releases, double priorMean, double priorVariance)
    {
        (_releases, _priorMean, _priorVariance) = (releases.Select(r => (r.Atoms, r.Value)).ToList(), priorMean, priorVariance);
        var m = releases.Count;
        // Cov(y) = τ² A Aᵀ + σ² I, factorised once for every target.
        var cov = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                cov[i, j] = cov[j, i] = (priorVariance * Shared(releases[i].Atoms, releases[j].Atoms)) + (i == j ? releases[i].NoiseVariance : 0);
            }
        }

        _cholesky = Cholesky(cov);
        _whitenedResidual = Forward(_cholesky, releases.Select(r => r.Value - (r.Atoms.Length * priorMean)).ToArray());
    }

    /// <summary>The estimate of the sum of the <paramref name="target"/> atoms and its error standard deviation.</summary>
    public (double Estimate, double ErrorSd) Estimate(bool[] target)
    {
        var size = target.Count(t => t);
        // Cov(y, t) = τ² A g; estimate = g·μ + Cov(t, y) Cov(y)⁻¹ (y − Aμ), via the whitened forms L⁻¹.
        var cross = _releases.Select(r => _priorVariance * r.Atoms.Count(a => target[a])).ToArray();
        var whitenedCross = Forward(_cholesky, cross);
        var estimate = (size * _priorMean) + whitenedCross.Zip(_whitenedResidual, (c, r) => c * r).Sum();
        var explained = whitenedCross.Sum(c => c * c);
        return (estimate, Math.Sqrt(Math.Max((size * _priorVariance) - explained, 0)));
    }

    private static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    private static double[,] Cholesky(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(sum) : sum / l[j, j];
            }
        }

        return l;
    }

    /// <summary>Solves L y = b.</summary>
    private static double[] Forward(double[,] l, double[] b)
    {
        var y = new double[b.Length];
        for (var i = 0; i < b.Length; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
        }

        return y;
    }
}
