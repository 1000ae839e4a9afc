namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 53 (decision 375): a lower-case particle or patronymic link beside a name the finders found, left outside it ("Dafydd ap
/// Rhys", "Nurul Aisyah binti Rahman", "Ulrich zu Dohna", "Ghali ag Alla"). The "names in lower case" row pooled over rounds 10-49
/// holds such a link in eight rounds: <see cref="NameParticles"/> runs before the learned detector and the late rules find the parts
/// around it, and its list lacks the Malay, Tuareg and German links. Between two found names the link joins them; before a found
/// name it joins the name and the name-case word before the link when that word is a listed given name or no English word, of
/// no clinical, title or cue kind ("saw ap Rhys" and "Metformin de Souza" stay apart). Cheap by construction: only found names
/// are visited, and a token is looked up only where a space and a lower-case letter stand right beside one.
/// </summary>
internal static class ParticlesBesideFoundNames
{
    // NameParticles' particles and the links of a name no list of this folder holds: Malay "binti"/"binte" (daughter of), Tuareg
    // "ag" (son of), German "zu".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Links =
        new HashSet<string>(NameParticles.Particles.Concat(["binti", "binte", "ag", "zu"]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var name = found[c];
            if (name.Type != PhiType.Name)
            {
                continue;
            }

            if (name.End + 2 < text.Length && text[name.End] == ' ' && char.IsLower(text[name.End + 1]))
            {
                var next = NameAfterLink(index, found, count, name.End + 1);
                if (next > name.End)
                {
                    found.Add(new Detection(name.Start, next, PhiType.Name, name.Priority));
                }
            }

            if (name.Start >= 4 && text[name.Start - 1] == ' ' && char.IsLower(text[name.Start - 2]))
            {
                var start = NamePartBeforeLink(index, found, count, name.Start);
                if (start >= 0)
                {
                    found.Add(new Detection(start, name.End, PhiType.Name, name.Priority));
                }
            }
        }
    }

    // The end of a found name that starts one space after the link starting at linkStart, or -1.
    private static int NameAfterLink(TokenIndex index, List<Detection> found, int count, int linkStart)
    {
        var link = FoundTokens.StartingAt(index.Tokens, linkStart);
        if (link < 0 || link + 1 >= index.Tokens.Count || !IsLink(index, link) || FoundTokens.Gap(index, link, link + 1) is not " ")
        {
            return -1;
        }

        var after = index.Tokens[link + 1].Start;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name && found[c].Start == after)
            {
                return found[c].End;
            }
        }

        return -1;
    }

    // The start of the name-case word before a link that ends one space before a found name, or -1; a word already found is the
    // other branch's (two found names).
    private static int NamePartBeforeLink(TokenIndex index, List<Detection> found, int count, int nameStart)
    {
        var first = FoundTokens.StartingAt(index.Tokens, nameStart);
        var link = first - 1;
        var part = link - 1;
        if (part < 0 || FoundTokens.Gap(index, link, first) is not " " || !IsLink(index, link) || FoundTokens.Gap(index, part, link) is not " "
            || !FoundTokens.MayBeNamePart(index, part) || !(index.IsFirstName(part) || !index.IsEnglishWord(part))
            || FoundTokens.OverlapsAny(found, count, index.Tokens[part].Start, index.Tokens[part].End))
        {
            return -1;
        }

        return index.Tokens[part].Start;
    }

    private static bool IsLink(TokenIndex index, int i) => index.Tokens[i].Length <= 5 && Links.Contains(FoundTokens.Word(index, i));
}
