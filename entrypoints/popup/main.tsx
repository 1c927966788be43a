import { render } from 'preact';
import { App } from './App';
import { connect } from './connection';
import './style.css';

render(<App connection={connect()} />, document.getElementById('app')!);
