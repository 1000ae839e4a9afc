namespace Sermo.Analytics.Emerging;

/// <summary>The upper tail of a binomial distribution, summed in log space so thousands of trials neither overflow nor underflow.</summary>
public static class BinomialTail
{
    private static readonly double[] SmallLogFactorials = BuildSmall(256);

    /// <summary>P(X ≥ <paramref name="successes"/>) for X ~ Binomial(<paramref name="trials"/>, <paramref name="probability"/>).</summary>
    public static double AtLeast(int successes, int trials, double probability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (probability is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "must be strictly between 0 and 1");
        }

        if (successes <= 0)
        {
            return 1;
        }

        if (successes > trials)
        {
            return 0;
        }

        var logP = Math.Log(probability);
        var logQ = Math.Log(1 - probability);
        var max = double.NegativeInfinity;
        var terms = new List<double>(trials - successes + 1);
        for (var k = successes; k <= trials; k++)
        {
            var term = LogChoose(trials, k) + (k * logP) + ((trials - k) * logQ);
            terms.Add(term);
            max = Math.Max(max, term);
            // Past the mode the terms only shrink; once one is 40 orders below the largest the rest cannot matter.
            if (term < max - 92)
            {
                break;
            }
        }

        var sum = terms.Sum(t => Math.Exp(t - max));
        return Math.Min(1, Math.Exp(max + Math.Log(sum)));
    }

    private static double LogChoose(int n, int k) => LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    /// <summary>ln(n!) exactly below 256, by Stirling's series above (error under 1e-12 there).</summary>
    private static double LogFactorial(int n)
    {
        if (n < SmallLogFactorials.Length)
        {
            return SmallLogFactorials[n];
        }

        double x = n;
        return (x * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI * x)) + (1 / (12 * x)) - (1 / (360 * x * x * x));
    }

    private static double[] BuildSmall(int count)
    {
        var table = new double[count];
        for (var i = 2; i < count; i++)
        {
            table[i] = table[i - 1] + Math.Log(i);
        }

        return table;
    }
}
