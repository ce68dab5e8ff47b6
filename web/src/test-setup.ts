import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

// each test renders into a fresh document
afterEach(() => cleanup());
