namespace GraphExplorer.Embedded;

/// <summary>
/// How a store brought its graph into memory: from its image (<paramref name="ImageRevision"/>) plus the rows committed
/// after it, or from every row (<paramref name="ImageProblem"/> says why the image was not used).
/// <paramref name="FlowTablesProblem"/> says why the image's flows tables were not taken (they are built on first use).
/// </summary>
public sealed record StoreOpening(bool FromImage, long? ImageRevision, int RowsRead, string? ImageProblem, TimeSpan Elapsed, string? FlowTablesProblem = null);
