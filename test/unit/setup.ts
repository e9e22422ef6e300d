import '@testing-library/jest-dom/vitest';
import {afterEach} from 'vitest';
import {cleanup} from '@testing-library/react';
import {setTestLocale} from './stubs/locale';
import {resetCollectedAnchors} from './stubs/useBrokenLinks';
import {setTestCustomFields} from './stubs/useDocusaurusContext';

afterEach(() => {
  cleanup();
  setTestLocale('zh-Hans');
  resetCollectedAnchors();
  setTestCustomFields({});
});
