using System.Management.Automation;

namespace WorkplaceAdmin.Base;

/// <summary>
/// Deletes content one id at a time: each input is parsed, confirmed with ShouldProcess, optionally read first for
/// -PassThru (so a log keeps what was deleted), then deleted; a bad or failing id is an error for that id only.
/// </summary>
/// <typeparam name="TItem">What -PassThru writes: the item as it was before it was deleted.</typeparam>
public abstract class WorkplaceRemoveCmdlet<TItem> : WorkplaceCmdlet
    where TItem : class
{
    /// <summary>Writes each item as it was before it was deleted (one extra read per item), for a log.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>The text of -WhatIf and -Confirm messages, e.g. "Delete post and its comments".</summary>
    protected abstract string Action { get; }

    /// <summary>Turns what the user gave (an id, a permalink) into the id to delete; throws ArgumentException naming it.</summary>
    protected abstract string ParseId(string input);

    protected abstract Task<TItem> GetAsync(string id, CancellationToken cancellationToken);

    protected abstract Task DeleteAsync(string id, CancellationToken cancellationToken);

    protected void RemoveEach(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            try
            {
                var id = ParseId(input);
                if (!ShouldProcess(id, Action))
                {
                    continue;
                }

                var before = PassThru ? Await(ct => GetAsync(id, ct)) : null;
                Await(async ct =>
                {
                    await DeleteAsync(id, ct).ConfigureAwait(false);
                    return true;
                });
                if (before is not null)
                {
                    WriteObject(before);
                }
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, input);
            }
        }
    }
}
