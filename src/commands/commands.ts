// Function file of the ribbon's "Tổng hợp" button (manifest FunctionName "consolidate").

function consolidate(event: Office.AddinCommands.Event): void {
  // The consolidation itself is wired to this command in a later issue.
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate('consolidate', consolidate);
});

// A module, not a script: keeps `consolidate` out of the global scope the other files type-check against.
export {};
