namespace Sermo.Analytics.Learning;

/// <summary>
/// One post exported for labelling: the store's row id (so a labeler's question can be traced back by the data team,
/// never a member or thread id), the suggested label or empty, and the scrubbed text.
/// </summary>
public readonly record struct LabelExportRow(long Id, string Label, string Text);
