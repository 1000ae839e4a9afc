using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Tagging.Disambiguation;

namespace Sermo.Analytics.Tagging;

/// <param name="DiseaseUnlessDrug">An adverse event whose terms that also name a disease read as that disease unless a drug is blamed (see <see cref="DualReadings"/>).</param>
internal sealed record EntityDefinition(EntityType Type, string CanonicalId, string CanonicalName, bool Ambiguous, bool DiseaseUnlessDrug = false);

[Flags]
internal enum CueFlags
{
    None = 0,
    NegationPre = 1,
    NegationPost = 2,
    DrugNegationPre = 4,
    UncertainPre = 8,
    UncertainPost = 16,
    FamilyPre = 32,
    Pseudo = 64,
    Terminator = 128,
    HypotheticalPre = 256,
    /// <summary>Splits clauses for per-entity sentiment ("but", "however", "whereas", "while"...); not a lexicon kind.</summary>
    ClauseBreak = 1 << 12,
}

/// <summary>What one distinct normalized term means in each layer; -1 / None where it means nothing.</summary>
internal struct TermInfo
{
    public int Entity;
    public int Sentiment;
    public CueFlags Cues;
    public int Watch;

    /// <summary>The entity term is also an ordinary English word ("Watchman", "Inspire", "Sonata"): see <see cref="LookalikeWords"/>.</summary>
    public bool WordLike;

    /// <summary>The disease an adverse-event term also names, read when no drug is blamed (<see cref="DualReadings"/>); -1 when none.</summary>
    public int DiseaseReading;

    /// <summary>A phrase that contains a term without mentioning it ("tumor board"): it wins the longest match and is then dropped.</summary>
    public bool NotMention;

    /// <summary>
    /// The term id of an abbreviation's second reading ("AS": aortic stenosis, then ankylosing spondylitis), a term
    /// the automaton never reports, chosen by the post's specialty (<see cref="Disambiguation.SecondReadings"/>); -1 when none.
    /// </summary>
    public int SecondReading;

    /// <summary>The term matches only when written exactly as the lexicon spells it ("PrEP", not the word "prep").</summary>
    public string? ExactSpelling;
    /// <summary>Spelled as an acronym ending in a capital S ("EDS"): "EDs" is another's plural (decision 252).</summary>
    public bool AcronymEndingInS;
}

/// <summary>
/// Every term the tagger knows — entities, sentiment words, NegEx cues and client watch terms — compiled into
/// one <see cref="PhraseAutomaton"/> so a post is scanned once. When two entities share a term the first
/// registered wins: adverse events, then brands, generics, drug classes and regimens, devices, diseases.
/// </summary>
internal sealed partial class ClinicalTermCatalog
{
    private static readonly string[] ClauseBreakWords = ["but", "however", "whereas", "while", "although", "though", "yet", "except"];

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<TermInfo> _infos = [];
    private readonly List<EntityDefinition> _entities = [];
    private readonly List<SentimentTerm> _sentiment = [];
    private readonly List<string> _watchLabels = [];
    private readonly List<(string Term, int TermId)> _fuzzyCandidates = [];
    private readonly HashSet<int> _swapOrDropOnly = [];
    private readonly List<(int TermId, int Entity)> _secondReadings = [];
    private readonly List<(int Entity, string Form, string? ExactSpelling)> _surfaceForms = [];
    private readonly Dictionary<string, HashSet<string>> _classMembers = new(StringComparer.Ordinal);
    private IReadOnlySet<string> _commonWords = new HashSet<string>();

    private ClinicalTermCatalog()
    {
    }

    public PhraseAutomaton Automaton { get; private set; } = null!;
    public FuzzyTermIndex Fuzzy { get; private set; } = null!;
    public TermInfo[] Terms { get; private set; } = [];
    public IReadOnlyList<string> TermTexts => _terms;
    public IReadOnlyList<EntityDefinition> Entities => _entities;
    public IReadOnlyList<SentimentTerm> Sentiment => _sentiment;
    public IReadOnlyList<string> WatchLabels => _watchLabels;

    /// <summary>A drug class id's member generics (a class reading of an abbreviation is backed by a member named in the post).</summary>
    public IReadOnlyDictionary<string, HashSet<string>> ClassMembers => _classMembers;

    /// <summary>Drugs and disease codes by specialty: a post's drugs back an abbreviation's reading of their specialty.</summary>
    public DrugSpecialties Specialties { get; private set; } = DrugSpecialties.Empty;

    /// <summary>Every word of every term ("stent" from "onyx stent"): real vocabulary, never a misspelling to fuzz.</summary>
    public IReadOnlySet<string> TermWords { get; private set; } = new HashSet<string>();

    /// <summary>The id of a normalized term ("hep b vaccine"), or -1 when the vocabulary does not hold it.</summary>
    public int TermIdOf(string normalizedTerm) => _ids.TryGetValue(normalizedTerm, out var id) ? id : -1;

    /// <summary>The full tagger vocabulary.</summary>
    public static ClinicalTermCatalog ForTagging(ClinicalLexicon lexicon, IEnumerable<(string Term, string Label)>? watchTerms)
    {
        var catalog = new ClinicalTermCatalog { _commonWords = lexicon.CommonWords, Specialties = DrugSpecialties.LoadEmbedded(lexicon) };
        catalog.AddAdverseEvents(lexicon);
        foreach (var drug in lexicon.Drugs)
        {
            if (drug.Brand is { } brand)
            {
                var entity = catalog.AddEntity(EntityType.Brand, drug.Generic, brand, ambiguous: false);
                catalog.AddEntityTerms(entity, [brand, .. drug.Synonyms], fuzzy: true);
            }
        }

        foreach (var drug in lexicon.Drugs)
        {
            var entity = catalog.AddEntity(EntityType.Generic, drug.Generic, drug.Generic, ambiguous: false);
            catalog.AddEntityTerms(entity, drug.Brand is null ? [drug.Generic, .. drug.Synonyms] : [drug.Generic], fuzzy: true);
        }

        foreach (var group in lexicon.DrugClasses)
        {
            var type = group.Kind == DrugGroupKind.Class ? EntityType.DrugClass : EntityType.Regimen;
            var entity = catalog.AddEntity(type, group.Id, group.Name, group.Ambiguous);
            catalog._classMembers.TryAdd(group.Id, new HashSet<string>(group.Members, StringComparer.Ordinal));
            IEnumerable<string> names = group.Ambiguous ? group.Synonyms : [group.Name, .. group.Synonyms];
            catalog.AddEntityTerms(entity, type == EntityType.DrugClass ? WithPlurals(names) : names, fuzzy: false);
        }

        foreach (var device in lexicon.Devices)
        {
            var entity = catalog.AddEntity(EntityType.Device, device.Id, device.Name, ambiguous: false);
            catalog.AddEntityTerms(entity, [device.Name, .. device.Synonyms], fuzzy: true);
        }

        foreach (var phrase in lexicon.NotMentions)
        {
            var normalized = NormalizedText.NormalizeTerm(phrase);
            if (normalized.Length > 0)
            {
                catalog.InfoFor(normalized).NotMention = true;
            }
        }

        foreach (var disease in lexicon.Diseases)
        {
            var named = catalog.AddEntity(EntityType.Disease, disease.Icd10, disease.Name, ambiguous: false);
            catalog.AddEntityTerms(named, [disease.Name], fuzzy: true);
            var synonyms = disease.Ambiguous ? catalog.AddEntity(EntityType.Disease, disease.Icd10, disease.Name, ambiguous: true) : named;
            catalog.AddEntityTerms(synonyms, disease.Synonyms, fuzzy: true);
        }

        catalog.AddSentimentAndCues(lexicon, includeNegEx: true);
        foreach (var (term, label) in watchTerms ?? [])
        {
            var normalized = NormalizedText.NormalizeTerm(term);
            if (normalized.Length == 0)
            {
                continue;
            }

            ref var info = ref catalog.InfoFor(normalized);
            if (info.Watch < 0)
            {
                info.Watch = catalog._watchLabels.Count;
                catalog._watchLabels.Add(label);
            }
        }

        return catalog.Compile();
    }

    /// <summary>The post-sentiment vocabulary: sentiment words, clause breaks, and adverse events (which read as bad news).</summary>
    public static ClinicalTermCatalog ForSentiment(ClinicalLexicon lexicon)
    {
        var catalog = new ClinicalTermCatalog();
        catalog.AddAdverseEvents(lexicon);
        catalog.AddSentimentAndCues(lexicon, includeNegEx: false);
        return catalog.Compile();
    }

    private void AddAdverseEvents(ClinicalLexicon lexicon)
    {
        foreach (var adverseEvent in lexicon.AdverseEvents)
        {
            var entity = AddEntity(EntityType.AdverseEvent, adverseEvent.Name.ToLowerInvariant(), adverseEvent.Name, ambiguous: false, adverseEvent.DiseaseUnlessDrug);
            AddEntityTerms(entity, [adverseEvent.Name, .. adverseEvent.Synonyms], fuzzy: false);
        }
    }

    private void AddSentimentAndCues(ClinicalLexicon lexicon, bool includeNegEx)
    {
        foreach (var term in lexicon.SentimentTerms)
        {
            var normalized = NormalizedText.NormalizeTerm(term.Term);
            ref var info = ref InfoFor(normalized);
            if (info.Sentiment < 0)
            {
                info.Sentiment = _sentiment.Count;
                _sentiment.Add(term);
            }
        }

        foreach (var word in ClauseBreakWords)
        {
            InfoFor(word).Cues |= CueFlags.ClauseBreak;
        }

        if (!includeNegEx)
        {
            return;
        }

        foreach (var cue in lexicon.ContextCues)
        {
            var normalized = NormalizedText.NormalizeTerm(cue.Term);
            if (normalized.Length > 0)
            {
                InfoFor(normalized).Cues |= (CueFlags)(1 << (int)cue.Kind);
            }
        }
    }

    private int AddEntity(EntityType type, string canonicalId, string canonicalName, bool ambiguous, bool diseaseUnlessDrug = false)
    {
        _entities.Add(new EntityDefinition(type, canonicalId, canonicalName, ambiguous, diseaseUnlessDrug));
        return _entities.Count - 1;
    }

    private void AddEntityTerms(int entity, IEnumerable<string> terms, bool fuzzy)
    {
        foreach (var term in terms)
        {
            // "Parkinson's" normalizes to "parkinson"; also accept the apostrophe-less "parkinsons".
            var variants = term.Contains("'s", StringComparison.OrdinalIgnoreCase)
                ? new[] { term, term.Replace("'s", "s", StringComparison.OrdinalIgnoreCase) }
                : [term];
            foreach (var variant in variants)
            {
                var normalized = NormalizedText.NormalizeTerm(variant);
                if (normalized.Length == 0)
                {
                    continue;
                }

                var exactSpelling = IsExactSpelling(variant, normalized);
                if (!exactSpelling)
                {
                    foreach (var form in SurfaceForms.Of(variant, normalized, _entities[entity].Type, _entities[entity].Ambiguous, _commonWords))
                    {
                        _surfaceForms.Add((entity, form, null));
                    }

                    if (_entities[entity].Type == EntityType.Disease && SurfaceForms.BarePossessive(variant) is { } bare)
                    {
                        _surfaceForms.Add((entity, NormalizedText.NormalizeTerm(bare), bare));
                    }
                }

                ref var info = ref InfoFor(normalized);
                if (info.Entity >= 0)
                {
                    var first = _entities[info.Entity];
                    if (_entities[entity].Type == EntityType.Disease && first.DiseaseUnlessDrug && info.DiseaseReading < 0)
                    {
                        info.DiseaseReading = entity;
                    }

                    // Two ambiguous rows spelling one abbreviation for different concepts: the first registered is
                    // its reading, the second one the post's specialty can choose instead.
                    if (_entities[entity].Ambiguous && first.Ambiguous && first.CanonicalId != _entities[entity].CanonicalId
                        && _entities[entity].Type == EntityType.Disease && !_secondReadings.Exists(r => r.TermId == _ids[normalized]))
                    {
                        _secondReadings.Add((_ids[normalized], entity));
                    }

                    continue;
                }

                info.Entity = entity;
                info.AcronymEndingInS = variant.Length >= 3 && variant[^1] == 'S' && variant.All(char.IsUpper);
                if (exactSpelling)
                {
                    info.ExactSpelling = variant;
                }

                info.WordLike = _entities[entity].Type is EntityType.Brand or EntityType.Device && _commonWords.Contains(normalized);
                if (fuzzy && !_entities[entity].Ambiguous)
                {
                    AddFuzzyCandidate(normalized, _ids[normalized], _entities[entity].Type);
                }
            }
        }
    }

    private ref TermInfo InfoFor(string normalized)
    {
        if (!_ids.TryGetValue(normalized, out var id))
        {
            id = _terms.Count;
            _ids[normalized] = id;
            _terms.Add(normalized);
            _infos.Add(new TermInfo { Entity = -1, Sentiment = -1, Watch = -1, DiseaseReading = -1, SecondReading = -1 });
        }

        return ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_infos)[id];
    }

    private ClinicalTermCatalog Compile()
    {
        AddSurfaceForms();
        Automaton = new PhraseAutomaton(_terms);

        // Second readings get term ids past the automaton's: the scan never reports them, a hit is moved onto one.
        foreach (var (termId, entity) in _secondReadings)
        {
            var alternate = _terms.Count;
            _terms.Add(_terms[termId]);
            _infos.Add(new TermInfo { Entity = entity, Sentiment = -1, Watch = -1, DiseaseReading = -1, SecondReading = -1 });
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_infos)[termId].SecondReading = alternate;
        }

        Terms = [.. _infos];
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in _terms)
        {
            foreach (var word in term.Split([' ', '.', ',', ':', '(', ')', '+'], StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        TermWords = words;
        Fuzzy = new FuzzyTermIndex(_fuzzyCandidates, _swapOrDropOnly);
        return this;
    }
}
