// The one import that registers fogcount's matchers with vitest (listed in setupFiles).
import "fogcount/testing/vitest";
