// Renders the portal's OpenAPI document as a list of operations. Text only (textContent), nothing fetched but the document.
(async () => {
  const root = document.getElementById('operations');
  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  let doc;
  try {
    const response = await fetch(root.dataset.document, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    doc = await response.json();
  } catch (error) {
    root.replaceChildren(element('p', 'error', 'The API document could not be read: ' + error.message));
    return;
  }
  const list = [];
  const title = element('h2', null, (doc.info && doc.info.title ? doc.info.title : 'API') + (doc.info && doc.info.version ? ' ' + doc.info.version : ''));
  list.push(title);
  const paths = Object.keys(doc.paths || {}).sort();
  for (const path of paths) {
    for (const [verb, operation] of Object.entries(doc.paths[path])) {
      if (typeof operation !== 'object' || !operation || !('responses' in operation)) continue;
      const row = element('div', 'op');
      row.dataset.path = path;
      row.appendChild(element('span', 'verb ' + verb, verb.toUpperCase()));
      row.appendChild(element('span', 'path', path));
      const policy = /Access: ([^.]+)\./.exec(operation.description || '');
      if (policy) row.appendChild(element('span', 'policy', policy[1]));
      const params = (operation.parameters || []).map(p => p.name + ' (' + p.in + (p.required ? ', required' : '') + ')');
      if (params.length) row.appendChild(element('div', 'params', 'Parameters: ' + params.join(', ')));
      if (operation.summary) row.appendChild(element('div', 'params', operation.summary));
      list.push(row);
    }
  }
  if (list.length === 1) list.push(element('p', 'muted', 'The document lists no operations.'));
  root.replaceChildren(...list);
})();
