/** `<RestHeader method endpoint />` of an exported API page: the header RestSpecs draws too. */
export {default} from '../RestSpecs/RestHeader';
