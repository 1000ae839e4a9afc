using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Sermo.Analytics.Learning;

/// <summary>The column <see cref="TextTokensMapping"/> reads.</summary>
public sealed class TextColumn
{
    public string Text { get; set; } = "";
}

/// <summary>The columns <see cref="TextTokensMapping"/> writes: Sermo's tokens and the lexicon features.</summary>
public sealed class TokenColumns
{
    public string Words { get; set; } = "";

    [VectorType(TextTokens.LexiconFeatureCount)]
    public float[] Lexicon { get; set; } = new float[TextTokens.LexiconFeatureCount];
}

/// <summary>
/// <see cref="TextTokens"/> as an ML.NET custom mapping. The contract name is saved in the model zip; loading
/// finds this factory again through <c>ComponentCatalog.RegisterAssembly</c> (see <see cref="TextClassifier"/>).
/// A change to what the tokens or lexicon features mean needs a new contract name, so old zips refuse to load
/// instead of scoring with features they were not trained on.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class TextTokensMapping : CustomMappingFactory<TextColumn, TokenColumns>
{
    public const string ContractName = "sermo-text-tokens/1";

    public static void Map(TextColumn input, TokenColumns output)
    {
        output.Lexicon ??= new float[TextTokens.LexiconFeatureCount];
        output.Words = TextTokens.Tokenize(input.Text ?? "", output.Lexicon);
    }

    public override Action<TextColumn, TokenColumns> GetMapping() => Map;
}
