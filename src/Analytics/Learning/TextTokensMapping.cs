using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Sermo.Analytics.Learning;

/// <summary>The column <see cref="TextTokensMapping"/> reads.</summary>
public sealed class TextColumn
{
    public string Text { get; set; } = "";
}

/// <summary>The columns <see cref="TextTokensMapping"/> writes (see <see cref="TextTokens"/>).</summary>
public sealed class TokenColumns
{
    [VectorType(TextTokens.Dimensions)]
    public VBuffer<float> WordGrams { get; set; }

    [VectorType(TextTokens.LexiconFeatureCount)]
    public float[] Lexicon { get; set; } = new float[TextTokens.LexiconFeatureCount];
}

/// <summary>
/// <see cref="TextTokens"/> as an ML.NET custom mapping. The contract name is saved in the model zip; loading finds
/// this factory again through <c>ComponentCatalog.RegisterAssembly</c> (see <see cref="TextClassifier"/>). A change
/// to what the features mean needs a new contract name, so old zips refuse to load instead of scoring with features
/// they were not trained on.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class TextTokensMapping : CustomMappingFactory<TextColumn, TokenColumns>
{
    public const string ContractName = "sermo-word-features/1";

    public static void Map(TextColumn input, TokenColumns output)
    {
        ArgumentNullException.ThrowIfNull(input);
        TextTokens.Featurize(input.Text ?? "", output);
    }

    public override Action<TextColumn, TokenColumns> GetMapping() => Map;
}

/// <summary>The column <see cref="CharGramsMapping"/> writes.</summary>
public sealed class CharGramColumn
{
    [VectorType(TextTokens.Dimensions)]
    public VBuffer<float> CharGrams { get; set; }
}

/// <summary>Character 3–5-grams of Sermo's tokens as an ML.NET custom mapping (optional: <see cref="TextClassifierOptions.CharNgrams"/>).</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class CharGramsMapping : CustomMappingFactory<TextColumn, CharGramColumn>
{
    public const string ContractName = "sermo-char-features/1";

    public static void Map(TextColumn input, CharGramColumn output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var grams = output.CharGrams;
        TextTokens.CharGrams(input.Text ?? "", ref grams);
        output.CharGrams = grams;
    }

    public override Action<TextColumn, CharGramColumn> GetMapping() => Map;
}
