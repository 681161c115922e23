import './popup.css';
import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>Lede</h1>
      <p>Settings arrive in a later version.</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
