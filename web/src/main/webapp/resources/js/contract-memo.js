/*
 * ご契約・運用状況: a row's memo button asks the page to open the memo dialog for its contract. One
 * listener for the whole table (rows come and go with paging) instead of a script per row.
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest('button.memo-edit[data-contract]');
  if (button && typeof selfcareEditMemo === 'function') {
    selfcareEditMemo([{name: 'contract', value: button.getAttribute('data-contract')}]);
  }
});
