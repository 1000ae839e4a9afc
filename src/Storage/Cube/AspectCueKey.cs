using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Cube;

/// <summary>One row of <c>cube_aspect_cues</c>: a member's mentions of a day cell whose aspect and polarity came with a cue.</summary>
internal readonly record struct AspectCueKey(string Client, string Term, SegmentBy Kind, string Segment, Aspect Aspect, Sentiment Polarity, string Cue, int Member);
