namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 45's rules for places without a head noun (decision 290), pooled over the rotation's misses: places whose own words or
/// prefix say a place where no list holds them. One call from <see cref="PhiScrubber"/>, so the round's rules sit in their own files.
/// </summary>
internal static class PlacesNamedByTheirShape
{
    public static void Detect(TokenIndex index, List<Detection> found)
    {
        VesselNames.Detect(index, found); // "F/V Mary Ellen", "USS Independence", "Serenade of the Seas"
        NeighbourhoodsAndCensusAreas.Detect(index, found); // "Little Haiti", "Cambodia Town", "Kusilvak Census Area"
        NamedWings.Detect(index, found); // "in the Aspen wing, room 159"
        AirportCodes.Detect(index, found); // "flew home to DEN", "at DFW terminal E"
    }
}
