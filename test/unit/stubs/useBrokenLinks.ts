const anchors: string[] = [];
export const collectedAnchors = (): readonly string[] => anchors;
export const resetCollectedAnchors = () => {
  anchors.length = 0;
};

export default function useBrokenLinks() {
  return {
    collectAnchor: (id: string | undefined) => {
      if (id) anchors.push(id);
    },
    collectLink: () => {},
  };
}
