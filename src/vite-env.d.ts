// Types for `import.meta.env`: bench builds (`vite build --mode bench`) compile in a probe behind
// `import.meta.env.MODE === 'bench'`, which Vite replaces with a constant so normal builds drop it.
/// <reference types="vite/client" />
