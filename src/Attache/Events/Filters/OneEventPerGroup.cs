namespace Attache.Events.Filters;

/// <summary>
/// One event of each group per sentence ("a reçu … et s'est entretenu avec" is one meeting): a further trigger of the
/// group is a mention of the sentence's event, unless a sequence word or a month of its own makes it a second occasion.
/// </summary>
internal sealed class OneEventPerGroup : ITriggerFilter
{
    public string Name => nameof(OneEventPerGroup);

    public FilterResult Apply(FilterContext c)
    {
        if (c.Second || !c.Groups.TryGetValue(c.Group, out var id)) return FilterResult.Keep;
        var target = c.DraftWithId(id);
        return target is null
            ? FilterResult.Drop($"the sentence already has its '{c.Group}' event")
            : FilterResult.Join(target, $"the sentence already has its '{c.Group}' event", addsSentence: false);
    }
}
